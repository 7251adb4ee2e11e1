"""SP5xx: numbers and dates (GB/T 9704 §7.3.5.4, GB/T 15835)."""
