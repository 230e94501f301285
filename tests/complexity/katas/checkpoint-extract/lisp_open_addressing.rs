// learner: optimal
// idiom: Lisp-style: hand-rolled open-addressing id set of pure helpers, batches as a lazy from_fn stream folded with try_fold
//! Incremental extraction with a crash-safe checkpoint: see README.md.

use std::cell::Cell;

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

/// Open addressing with linear probing; capacity is a power of two, at most half full.
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<Option<u64>>,
    len: usize,
}

fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    let x = (x ^ (x >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// The slot holding `id`, or the empty slot where it belongs.
fn probe(slots: &[Option<u64>], id: u64) -> usize {
    let mask = slots.len() - 1;
    let mut i = mix(id) as usize & mask;
    while let Some(v) = slots[i] {
        if v == id {
            break;
        }
        i = (i + 1) & mask;
    }
    i
}

impl IdSet {
    fn grown(self) -> IdSet {
        let cap = (self.slots.len() * 2).max(16);
        let mut slots = vec![None; cap];
        for id in self.slots.into_iter().flatten() {
            let at = probe(&slots, id);
            slots[at] = Some(id);
        }
        IdSet { slots, len: self.len }
    }

    /// true when `id` was not there before.
    fn insert(&mut self, id: u64) -> bool {
        if (self.len + 1) * 2 > self.slots.len() {
            *self = std::mem::take(self).grown();
        }
        let at = probe(&self.slots, id);
        let fresh = self.slots[at].is_none();
        if fresh {
            self.slots[at] = Some(id);
            self.len += 1;
        }
        fresh
    }
}

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    ids: IdSet,
}

impl StagingTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// The staged records, in the order they were first staged.
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
        let ids = &mut self.ids;
        let records = &mut self.records;
        Ok(batch
            .iter()
            .filter(|r| ids.insert(r.id))
            .map(|r| records.push(r.clone()))
            .count())
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

fn check_ascending(cursor: Option<u64>, batch: &[Record]) -> Result<(), ExtractError> {
    let head = batch[0].id;
    if let Some(p) = cursor.filter(|&p| head <= p) {
        return Err(ExtractError::OutOfOrder { previous: Some(p), id: head });
    }
    batch
        .windows(2)
        .find(|w| w[1].id <= w[0].id)
        .map_or(Ok(()), |w| Err(ExtractError::OutOfOrder { previous: Some(w[0].id), id: w[1].id }))
}

fn with_batch(report: RunReport, fetched: usize, staged: usize) -> RunReport {
    RunReport { batches: report.batches + 1, fetched: report.fetched + fetched, staged: report.staged + staged, ..report }
}

/// Pulls everything after the saved checkpoint, batch by batch, until the source returns
/// an empty batch. For each batch: check the ids ascend past the cursor, validate, stage
/// the valid records, and only then save the id of the batch's last record as the new checkpoint.
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
    let cursor = Cell::new(checkpoint.load());
    let batches = std::iter::from_fn(|| match source.fetch_after(cursor.get(), batch_size) {
        Ok(batch) if batch.is_empty() => None,
        Ok(batch) => Some(Ok(batch)),
        Err(e) => Some(Err(ExtractError::Source(e))),
    });
    let mut report = RunReport::default();
    for batch in batches {
        let batch = batch?;
        check_ascending(cursor.get(), &batch)?;
        let (good, bad): (Vec<&Record>, Vec<&Record>) =
            batch.iter().partition(|r| validator.validate(r).is_ok());
        let good: Vec<Record> = good.into_iter().cloned().collect();
        let staged = staging.stage(&good).map_err(ExtractError::Staging)?;
        let last = batch[batch.len() - 1].id;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        report.rejected.extend(
            bad.into_iter()
                .map(|r| (r.id, validator.validate(r).err().unwrap_or_default())),
        );
        report = with_batch(report, batch.len(), staged);
        cursor.set(Some(last));
    }
    Ok(report)
}
