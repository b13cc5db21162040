-- A filed self-assessment records the points and text of each ticked option, so that it reads the same after a
-- later correction of its criteria set's rule file (legal artefacts never change once filed). Null for drafts.
ALTER TABLE self_assessment_answer ADD COLUMN points INTEGER;
ALTER TABLE self_assessment_answer ADD COLUMN option_text VARCHAR(4000);
