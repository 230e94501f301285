// learner: optimal
// idiom: quant-style: HashMap id -> row position as the dedup index, iterator chains (windows, filter, partition), while-let over fetches, single struct update per batch
//! Incremental extraction with a crash-safe checkpoint.

/// One row pulled from the legacy system. `id` is the system's monotonically increasing key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: u64,
    pub payload: String,
}

/// Why a run of [`extract`] stopped early. Progress made before the error is kept
/// (staged rows stay staged, a saved checkpoint stays saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    /// `batch_size` was 0: no progress would ever be possible.
    ZeroBatchSize,
    /// The source failed while fetching.
    Source(String),
    /// The staging sink failed while writing a batch.
    Staging(String),
    /// The checkpoint store failed while saving.
    Checkpoint(String),
    /// The source returned an id that is not strictly greater than the previous one
    /// (the cursor for the first record of a batch). Nothing from that batch was staged.
    OutOfOrder { previous: Option<u64>, id: u64 },
}

/// The legacy system: returns up to `limit` records with `id > cursor` (all ids when the
/// cursor is `None`), in ascending id order. An empty batch means "caught up".
pub trait Source {
    fn fetch_after(&mut self, cursor: Option<u64>, limit: usize) -> Result<Vec<Record>, String>;
}

/// Business-rule check for one record. `Err(reason)` quarantines the record.
pub trait Validator {
    fn validate(&self, record: &Record) -> Result<(), String>;
}

/// The staging area. Must be idempotent: staging a record whose id is already staged is a no-op.
/// Returns how many records were newly stored.
pub trait Staging {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String>;
}

/// Durable storage for the cursor: the id of the last record that is safely handled.
pub trait CheckpointStore {
    fn load(&self) -> Option<u64>;
    fn save(&mut self, cursor: u64) -> Result<(), String>;
}

/// What one call of [`extract`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Non-empty batches fully handled (staged and checkpointed).
    pub batches: usize,
    /// Records fetched in those batches.
    pub fetched: usize,
    /// Records newly stored by the staging sink (re-delivered duplicates are not counted).
    pub staged: usize,
    /// Records the validator refused, as `(id, reason)`, in fetch order.
    pub rejected: Vec<(u64, String)>,
}
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    pos: HashMap<u64, usize>,
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
        self.pos.reserve(batch.len());
        let n0 = self.records.len();
        for r in batch {
            let at = self.records.len();
            if let std::collections::hash_map::Entry::Vacant(e) = self.pos.entry(r.id) {
                e.insert(at);
                self.records.push(r.clone());
            }
        }
        Ok(self.records.len() - n0)
    }
}

/// A checkpoint kept in memory (provided; tests wrap it to inject failures).
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
    let mut rep = RunReport::default();
    let mut cur = checkpoint.load();
    while let Some(batch) = Some(source.fetch_after(cur, batch_size).map_err(ExtractError::Source)?)
        .filter(|b| !b.is_empty())
    {
        if let Some(first) = batch.first() {
            if cur.is_some_and(|c| first.id <= c) {
                return Err(ExtractError::OutOfOrder { previous: cur, id: first.id });
            }
        }
        if let Some(w) = batch.windows(2).find(|w| w[1].id <= w[0].id) {
            return Err(ExtractError::OutOfOrder { previous: Some(w[0].id), id: w[1].id });
        }
        let last = batch[batch.len() - 1].id;
        let m = batch.len();
        let (ok, bad): (Vec<(Record, Result<(), String>)>, Vec<_>) = batch
            .into_iter()
            .map(|r| {
                let v = validator.validate(&r);
                (r, v)
            })
            .partition(|(_, v)| v.is_ok());
        let ok: Vec<Record> = ok.into_iter().map(|(r, _)| r).collect();
        let added = staging.stage(&ok).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        cur = Some(last);
        rep.batches += 1;
        rep.fetched += m;
        rep.staged += added;
        rep.rejected
            .extend(bad.into_iter().map(|(r, v)| (r.id, v.unwrap_err())));
    }
    Ok(rep)
}
