-- The rest of a consent record, shaped on HL7 FHIR Consent and ISO/IEC TS 27560: the day a yes
-- given for a set time ends, who considered whether the person could decide and when (Mental
-- Capacity Act 2005 ss 2-3), and where the evidence of the answer is kept (UK GDPR Art 7(1)).
-- All optional: consents sent before keep working.
ALTER TABLE consents ADD COLUMN expires_on DATE;
ALTER TABLE consents ADD COLUMN capacity_by TEXT;
ALTER TABLE consents ADD COLUMN capacity_on DATE;
ALTER TABLE consents ADD COLUMN evidence TEXT;
