// learner: optimal
// idiom: Swift-server style: iterator chains (windows/all, partition by validation), ? with map_err, private helpers on an ExtractRun struct
//! Incremental extraction with a crash-safe checkpoint: see README.md.

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

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    stagedIds: HashSet<u64>,
}

#[allow(non_snake_case)]
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

    fn isNew(&mut self, record: &Record) -> bool {
        self.stagedIds.insert(record.id)
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let before = self.records.len();
        for record in batch {
            if self.isNew(record) {
                self.records.push(record.clone());
            }
        }
        Ok(self.records.len() - before)
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

struct ExtractRun<'a> {
    source: &'a mut dyn Source,
    validator: &'a dyn Validator,
    staging: &'a mut dyn Staging,
    checkpoint: &'a mut dyn CheckpointStore,
    batchSize: usize,
    report: RunReport,
}

#[allow(non_snake_case)]
impl ExtractRun<'_> {
    fn ensureAscending(cursor: Option<u64>, batch: &[Record]) -> Result<(), ExtractError> {
        if let (Some(previous), Some(first)) = (cursor, batch.first()) {
            if first.id <= previous {
                return Err(ExtractError::OutOfOrder { previous: Some(previous), id: first.id });
            }
        }
        match batch.windows(2).find(|pair| pair[1].id <= pair[0].id) {
            Some(pair) => Err(ExtractError::OutOfOrder { previous: Some(pair[0].id), id: pair[1].id }),
            None => Ok(()),
        }
    }

    fn processBatch(&mut self, batch: &[Record]) -> Result<u64, ExtractError> {
        let (valid, rejected): (Vec<&Record>, Vec<&Record>) =
            batch.iter().partition(|record| self.validator.validate(record).is_ok());
        self.report.rejected.extend(rejected.into_iter().map(|record| {
            let reason = self.validator.validate(record).err().unwrap_or_default();
            (record.id, reason)
        }));
        let toStage: Vec<Record> = valid.into_iter().cloned().collect();
        let newlyStaged = self.staging.stage(&toStage).map_err(ExtractError::Staging)?;
        let lastId = batch.last().map(|record| record.id).expect("non-empty batch");
        self.checkpoint.save(lastId).map_err(ExtractError::Checkpoint)?;
        self.report.batches += 1;
        self.report.fetched += batch.len();
        self.report.staged += newlyStaged;
        Ok(lastId)
    }

    fn run(mut self) -> Result<RunReport, ExtractError> {
        let mut cursor = self.checkpoint.load();
        loop {
            let batch = self.source.fetch_after(cursor, self.batchSize).map_err(ExtractError::Source)?;
            guard_or_return!(!batch.is_empty(), Ok(self.report));
            Self::ensureAscending(cursor, &batch)?;
            cursor = Some(self.processBatch(&batch)?);
        }
    }
}

macro_rules! guard_or_return {
    ($cond:expr, $value:expr) => {
        if !($cond) {
            return $value;
        }
    };
}
use guard_or_return;

pub fn extract(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batch_size: usize,
) -> Result<RunReport, ExtractError> {
    guard_or_return!(batch_size > 0, Err(ExtractError::ZeroBatchSize));
    ExtractRun { source, validator, staging, checkpoint, batchSize: batch_size, report: RunReport::default() }.run()
}
