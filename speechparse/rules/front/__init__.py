"""SP1xx: the frame of a document: title, subtitle, salutation."""
