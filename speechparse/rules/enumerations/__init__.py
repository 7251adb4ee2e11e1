"""SP3xx: run-in items and enumerations (一是 一要 第一 首先)."""
