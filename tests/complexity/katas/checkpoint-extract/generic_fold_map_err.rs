// learner: optimal
// idiom: generic helper fns with trait bounds (IntoIterator of ids), fold in stage, into_iter partition of owned batch, ? with map_err everywhere
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
        let (records, seen) = (&mut self.records, &mut self.staged_ids);
        Ok(batch.iter().fold(0, |count, rec| {
            if seen.insert(rec.id) {
                records.push(rec.clone());
                count + 1
            } else {
                count
            }
        }))
    }
}

fn first_out_of_order<I>(start: Option<u64>, ids: I) -> Option<(Option<u64>, u64)>
where
    I: IntoIterator<Item = u64>,
{
    let mut previous = start;
    for id in ids {
        if previous.map_or(false, |p| id <= p) {
            return Some((previous, id));
        }
        previous = Some(id);
    }
    None
}

fn split_valid<V: Validator + ?Sized>(validator: &V, batch: Vec<Record>, rejected: &mut Vec<(u64, String)>) -> Vec<Record> {
    batch
        .into_iter()
        .filter_map(|r| match validator.validate(&r) {
            Ok(()) => Some(r),
            Err(why) => {
                rejected.push((r.id, why));
                None
            }
        })
        .collect()
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
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        let Some(last) = batch.last().map(|r| r.id) else {
            break;
        };
        if let Some((previous, id)) = first_out_of_order(cursor, batch.iter().map(|r| r.id)) {
            return Err(ExtractError::OutOfOrder { previous, id });
        }
        let fetched = batch.len();
        let valid = split_valid(validator, batch, &mut report.rejected);
        let staged = staging.stage(&valid).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        cursor = Some(last);
        report.batches += 1;
        report.fetched += fetched;
        report.staged += staged;
    }
    Ok(report)
}
