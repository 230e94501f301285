// learner: slow
// why: extract is O(n) space, target O(b): keeps every fetched record of the run in one growing Vec and takes the cursor from its last element
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
        let mut n = 0;
        for r in batch {
            if self.staged_ids.insert(r.id) {
                self.records.push(r.clone());
                n += 1;
            }
        }
        Ok(n)
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
    let start = checkpoint.load();
    let mut everything: Vec<Record> = Vec::new();
    let mut report = RunReport::default();
    loop {
        let cursor = everything.last().map(|r| r.id).or(start);
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            return Ok(report);
        }
        let mut prev = cursor;
        for r in &batch {
            if let Some(p) = prev {
                if r.id <= p {
                    return Err(ExtractError::OutOfOrder { previous: prev, id: r.id });
                }
            }
            prev = Some(r.id);
        }
        let from = everything.len();
        everything.extend(batch);
        let mut ok = Vec::new();
        for r in &everything[from..] {
            match validator.validate(r) {
                Ok(()) => ok.push(r.clone()),
                Err(e) => report.rejected.push((r.id, e)),
            }
        }
        let staged = staging.stage(&ok).map_err(ExtractError::Staging)?;
        let last = everything.last().unwrap().id;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        report.batches += 1;
        report.fetched += everything.len() - from;
        report.staged += staged;
    }
}
