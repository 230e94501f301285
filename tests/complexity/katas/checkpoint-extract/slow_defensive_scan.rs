// learner: slow
// why: StagingTable::stage is O(n*b) time, target O(b): each record is checked against every staged record with a for loop
//! Incremental extraction with a crash-safe checkpoint: see README.md.

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

    fn already_staged(&self, id: u64) -> bool {
        for existing in &self.records {
            if existing.id == id {
                return true;
            }
        }
        false
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        if batch.is_empty() {
            return Ok(0);
        }
        let mut added = 0;
        for record in batch {
            if self.already_staged(record.id) {
                continue;
            }
            self.records.push(record.clone());
            added += 1;
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
    let mut cursor: Option<u64> = checkpoint.load();
    loop {
        let mut batch = match source.fetch_after(cursor, batch_size) {
            Ok(b) => b,
            Err(msg) => return Err(ExtractError::Source(msg)),
        };
        if batch.is_empty() {
            return Ok(report);
        }
        let mut previous = cursor;
        for record in batch.iter() {
            match previous {
                Some(p) if record.id <= p => {
                    return Err(ExtractError::OutOfOrder { previous, id: record.id });
                }
                _ => {}
            }
            previous = Some(record.id);
        }
        let last_id = match batch.last() {
            Some(r) => r.id,
            None => return Ok(report),
        };
        let fetched = batch.len();
        let mut valid: Vec<Record> = Vec::new();
        for record in std::mem::take(&mut batch) {
            match validator.validate(&record) {
                Ok(()) => valid.push(record),
                Err(reason) => report.rejected.push((record.id, reason)),
            }
        }
        let staged = match staging.stage(&valid) {
            Ok(n) => n,
            Err(msg) => return Err(ExtractError::Staging(msg)),
        };
        match checkpoint.save(last_id) {
            Ok(()) => {}
            Err(msg) => return Err(ExtractError::Checkpoint(msg)),
        }
        report.batches += 1;
        report.fetched += fetched;
        report.staged += staged;
        cursor = Some(last_id);
    }
}
