"""SP1xx: the frame of a document: title, subtitle, salutation, and a 公文's document number and attachment list."""
