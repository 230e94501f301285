// learner: optimal
// idiom: heavy generics/traits: an IdSet trait with a HashSet impl, generic table and generic batch helpers
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

use std::collections::HashSet;
use std::hash::Hash;

trait IdSet<K> {
    /// true when `k` was not present before.
    fn add(&mut self, k: K) -> bool;
}

impl<K: Hash + Eq> IdSet<K> for HashSet<K> {
    fn add(&mut self, k: K) -> bool {
        self.insert(k)
    }
}

trait Keyed {
    type Key: Copy + Ord;
    fn key(&self) -> Self::Key;
}

impl Keyed for Record {
    type Key = u64;
    fn key(&self) -> u64 {
        self.id
    }
}

fn insert_new<T, S>(seen: &mut S, out: &mut Vec<T>, batch: &[T]) -> usize
where
    T: Keyed + Clone,
    S: IdSet<T::Key>,
{
    let before = out.len();
    for item in batch {
        if seen.add(item.key()) {
            out.push(item.clone());
        }
    }
    out.len() - before
}

fn first_out_of_order<T: Keyed>(cursor: Option<T::Key>, batch: &[T]) -> Option<(Option<T::Key>, T::Key)> {
    let mut prev = cursor;
    for item in batch {
        let k = item.key();
        if matches!(prev, Some(p) if k <= p) {
            return Some((prev, k));
        }
        prev = Some(k);
    }
    None
}

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    ids: HashSet<u64>,
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
        Ok(insert_new(&mut self.ids, &mut self.records, batch))
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
        let Some(last) = batch.last().map(Keyed::key) else {
            return Ok(report);
        };
        if let Some((previous, id)) = first_out_of_order(cursor, &batch) {
            return Err(ExtractError::OutOfOrder { previous, id });
        }
        let mut valid: Vec<Record> = Vec::with_capacity(batch.len());
        for rec in batch.iter() {
            match validator.validate(rec) {
                Ok(()) => valid.push(rec.clone()),
                Err(why) => report.rejected.push((rec.id, why)),
            }
        }
        let staged = staging.stage(&valid).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += staged;
        cursor = Some(last);
    }
}
