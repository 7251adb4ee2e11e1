"""SP2xx: heading markers (序次语) and the structure they number."""
