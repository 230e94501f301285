// learner: optimal
// idiom: hand-rolled open-addressing id set (Vec<u64> + Vec<bool>, linear probing, doubling) in its own type, extract split into impl-less helper fns with early returns
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
struct IdSet {
    keys: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    fn slot_of(&self, id: u64) -> usize {
        let mask = self.keys.len() - 1;
        let mut h = id.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^= h >> 29;
        (h as usize) & mask
    }

    fn grow(&mut self) {
        let new_cap = (self.keys.len() * 2).max(16);
        let old_keys = std::mem::replace(&mut self.keys, vec![0; new_cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; new_cap]);
        self.count = 0;
        for (k, u) in old_keys.into_iter().zip(old_used) {
            if u {
                self.insert(k);
            }
        }
    }

    /// true if `id` was not present
    fn insert(&mut self, id: u64) -> bool {
        if (self.count + 1) * 2 > self.keys.len() {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut i = self.slot_of(id);
        while self.used[i] {
            if self.keys[i] == id {
                return false;
            }
            i = (i + 1) & mask;
        }
        self.used[i] = true;
        self.keys[i] = id;
        self.count += 1;
        true
    }
}

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    ids: IdSet,
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
        let mut added = 0;
        for r in batch {
            if self.ids.insert(r.id) {
                self.records.push(r.clone());
                added += 1;
            }
        }
        Ok(added)
    }
}

fn check_ascending(cursor: Option<u64>, batch: &[Record]) -> Result<(), ExtractError> {
    let mut previous = cursor;
    for r in batch {
        if let Some(p) = previous {
            if r.id <= p {
                return Err(ExtractError::OutOfOrder { previous, id: r.id });
            }
        }
        previous = Some(r.id);
    }
    Ok(())
}

fn split_valid(
    validator: &dyn Validator,
    batch: Vec<Record>,
    rejected: &mut Vec<(u64, String)>,
) -> Vec<Record> {
    let mut keep = Vec::with_capacity(batch.len());
    for r in batch {
        if let Err(reason) = validator.validate(&r) {
            rejected.push((r.id, reason));
            continue;
        }
        keep.push(r);
    }
    keep
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
            Ok(b) if b.is_empty() => return Ok(report),
            Ok(b) => b,
            Err(e) => return Err(ExtractError::Source(e)),
        };
        check_ascending(cursor, &batch)?;
        let last = batch[batch.len() - 1].id;
        let n = batch.len();
        let keep = split_valid(validator, batch, &mut report.rejected);
        let staged = staging.stage(&keep).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        report.batches += 1;
        report.fetched += n;
        report.staged += staged;
        cursor = Some(last);
    }
}
