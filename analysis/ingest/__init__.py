"""Ingestion: input paths -> raw inputs -> decoded, parsed articles (or rejections)."""
