// learner: slow
// why: StagingTable::stage is O(b*n) time, target O(b): a helper scans every staged record to see whether an id is already there
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

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
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

impl StagingTable {
    fn already_staged(&self, id: u64) -> bool {
        for r in &self.records {
            if r.id == id {
                return true;
            }
        }
        false
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut added = 0;
        for r in batch {
            if !self.already_staged(r.id) {
                self.records.push(r.clone());
                added += 1;
            }
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
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            return Ok(report);
        }
        let mut prev = cursor;
        for r in &batch {
            if prev.map_or(false, |p| r.id <= p) {
                return Err(ExtractError::OutOfOrder { previous: prev, id: r.id });
            }
            prev = Some(r.id);
        }
        let mut valid = Vec::new();
        for r in &batch {
            match validator.validate(r) {
                Ok(()) => valid.push(r.clone()),
                Err(why) => report.rejected.push((r.id, why)),
            }
        }
        let staged = staging.stage(&valid).map_err(ExtractError::Staging)?;
        let last = batch.last().unwrap().id;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += staged;
        cursor = Some(last);
    }
}
