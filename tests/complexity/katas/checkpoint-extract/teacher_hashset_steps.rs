// learner: optimal
// idiom: teacher style, HashSet of staged ids, explicit loop with named steps and a previous-id variable, valid records cloned into a batch Vec
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: u64,
    pub payload: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    ZeroBatchSize,
    Source(String),
    Staging(String),
    Checkpoint(String),
    OutOfOrder { previous: Option<u64>, id: u64 },
}

pub trait Source {
    fn fetch_after(&mut self, cursor: Option<u64>, limit: usize) -> Result<Vec<Record>, String>;
}

pub trait Validator {
    fn validate(&self, record: &Record) -> Result<(), String>;
}

pub trait Staging {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String>;
}

pub trait CheckpointStore {
    fn load(&self) -> Option<u64>;
    fn save(&mut self, cursor: u64) -> Result<(), String>;
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunReport {
    pub batches: usize,
    pub fetched: usize,
    pub staged: usize,
    pub rejected: Vec<(u64, String)>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MemoryCheckpoint {
    pub cursor: Option<u64>,
}

impl CheckpointStore for MemoryCheckpoint {
    fn load(&self) -> Option<u64> {
        self.cursor
    }

    fn save(&mut self, cursor: u64) -> Result<(), String> {
        self.cursor = Some(cursor);
        Ok(())
    }
}

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    // the ids we already hold, so a repeat is found at once
    staged_ids: HashSet<u64>,
}

impl StagingTable {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut newly_stored = 0;
        for record in batch {
            let is_new = self.staged_ids.insert(record.id);
            if is_new {
                self.records.push(record.clone());
                newly_stored = newly_stored + 1;
            }
        }
        Ok(newly_stored)
    }
}

pub fn extract(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batch_size: usize,
) -> Result<RunReport, ExtractError> {
    // Step 0: a batch size of zero can never make progress
    if batch_size == 0 {
        return Err(ExtractError::ZeroBatchSize);
    }
    let mut report = RunReport::default();
    let mut cursor = checkpoint.load();

    loop {
        // Step 1: fetch the next batch
        let batch = match source.fetch_after(cursor, batch_size) {
            Ok(batch) => batch,
            Err(message) => return Err(ExtractError::Source(message)),
        };
        // Step 2: an empty batch means we caught up
        if batch.is_empty() {
            return Ok(report);
        }
        // Step 3: check that the ids go up
        let mut previous = cursor;
        for record in &batch {
            let goes_up = match previous {
                Some(before) => record.id > before,
                None => true,
            };
            if !goes_up {
                return Err(ExtractError::OutOfOrder { previous, id: record.id });
            }
            previous = Some(record.id);
        }
        // Step 4: validate, keeping the good ones
        let mut good_records: Vec<Record> = Vec::new();
        for record in &batch {
            match validator.validate(record) {
                Ok(()) => good_records.push(record.clone()),
                Err(reason) => report.rejected.push((record.id, reason)),
            }
        }
        // Step 5: stage the good ones
        let stored = match staging.stage(&good_records) {
            Ok(count) => count,
            Err(message) => return Err(ExtractError::Staging(message)),
        };
        // Step 6: only now save the checkpoint
        let last_id = batch[batch.len() - 1].id;
        if let Err(message) = checkpoint.save(last_id) {
            return Err(ExtractError::Checkpoint(message));
        }
        // Step 7: count the finished batch
        report.batches = report.batches + 1;
        report.fetched = report.fetched + batch.len();
        report.staged = report.staged + stored;
        cursor = Some(last_id);
    }
}
