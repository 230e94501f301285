// learner: optimal
// idiom: C-style: index while loops, many mutable locals, contains-then-insert on a HashSet field, early returns
//! Incremental extraction with a checkpoint.

use std::collections::HashSet;

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

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
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

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut added = 0usize;
        let mut i = 0usize;
        while i < batch.len() {
            let id = batch[i].id;
            if !self.staged_ids.contains(&id) {
                self.staged_ids.insert(id);
                self.records.push(batch[i].clone());
                added += 1;
            }
            i += 1;
        }
        Ok(added)
    }
}

pub fn extract(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batch_size: usize,
) -> Result<RunReport, ExtractError> {
    if batch_size == 0 {
        return Err(ExtractError::ZeroBatchSize);
    }
    let mut report = RunReport::default();
    let mut cursor = checkpoint.load();
    loop {
        let batch = match source.fetch_after(cursor, batch_size) {
            Ok(b) => b,
            Err(e) => return Err(ExtractError::Source(e)),
        };
        let n = batch.len();
        if n == 0 {
            return Ok(report);
        }
        let mut prev = cursor;
        let mut j = 0;
        while j < n {
            let id = batch[j].id;
            if let Some(p) = prev {
                if id <= p {
                    return Err(ExtractError::OutOfOrder { previous: prev, id });
                }
            }
            prev = Some(id);
            j += 1;
        }
        let mut good: Vec<Record> = Vec::with_capacity(n);
        j = 0;
        while j < n {
            match validator.validate(&batch[j]) {
                Ok(()) => good.push(batch[j].clone()),
                Err(reason) => report.rejected.push((batch[j].id, reason)),
            }
            j += 1;
        }
        let staged = match staging.stage(&good) {
            Ok(k) => k,
            Err(e) => return Err(ExtractError::Staging(e)),
        };
        let last = batch[n - 1].id;
        if let Err(e) = checkpoint.save(last) {
            return Err(ExtractError::Checkpoint(e));
        }
        cursor = Some(last);
        report.batches += 1;
        report.fetched += n;
        report.staged += staged;
    }
}
