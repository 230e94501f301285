// learner: optimal
// idiom: pipeline style, ? with map_err everywhere, windows-free try_fold for ordering, partition-by-validation with into_iter, filter + map + count in stage
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
    seen: HashSet<u64>,
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
        let before = self.records.len();
        let seen = &mut self.seen;
        self.records
            .extend(batch.iter().filter(|r| seen.insert(r.id)).cloned());
        Ok(self.records.len() - before)
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
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        let Some(last) = batch.last().map(|r| r.id) else { return Ok(report) };
        batch.iter().try_fold(cursor, |prev, r| match prev {
            Some(p) if r.id <= p => Err(ExtractError::OutOfOrder { previous: prev, id: r.id }),
            _ => Ok(Some(r.id)),
        })?;
        let fetched = batch.len();
        let (valid, rejected): (Vec<_>, Vec<_>) = batch
            .into_iter()
            .map(|r| validator.validate(&r).map(|_| r.clone()).map_err(|why| (r.id, why)))
            .partition(Result::is_ok);
        report.rejected.extend(rejected.into_iter().filter_map(Result::err));
        let valid: Vec<Record> = valid.into_iter().filter_map(Result::ok).collect();
        let staged = staging.stage(&valid).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        report.batches += 1;
        report.fetched += fetched;
        report.staged += staged;
        cursor = Some(last);
    }
}
