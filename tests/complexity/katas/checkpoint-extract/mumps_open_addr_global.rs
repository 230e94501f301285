// learner: optimal
// idiom: MUMPS: hand-rolled hashed "global" of staged ids (open addressing in Vec<u64> slots + Vec<bool> $DATA flags, linear probe, doubled when half full); extract checks order with windows(2)
// why: probe length is O(1) expected at load <= 1/2, growth is amortised O(1): stage O(b); extract O(n) time, one batch held: O(b) space

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

/// Open-addressed id set: SL(I)=id, DF(I)=$D flag.
#[derive(Debug, Default)]
struct IdTab {
    sl: Vec<u64>,
    df: Vec<bool>,
    cnt: usize,
}

impl IdTab {
    fn slot(id: u64, msk: usize) -> usize {
        // fibonacci scramble, then mask
        (id.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 17) as usize & msk
    }

    fn grow(&mut self) {
        let ncap = if self.sl.is_empty() { 16 } else { self.sl.len() * 2 };
        let osl = std::mem::replace(&mut self.sl, vec![0; ncap]);
        let odf = std::mem::replace(&mut self.df, vec![false; ncap]);
        let msk = ncap - 1;
        for (i, id) in osl.into_iter().enumerate() {
            if odf[i] {
                let mut j = Self::slot(id, msk);
                while self.df[j] {
                    j = (j + 1) & msk;
                }
                self.sl[j] = id;
                self.df[j] = true;
            }
        }
    }

    /// true when ID was not there yet (and now is)
    fn set(&mut self, id: u64) -> bool {
        if (self.cnt + 1) * 2 > self.sl.len() {
            self.grow();
        }
        let msk = self.sl.len() - 1;
        let mut j = Self::slot(id, msk);
        while self.df[j] {
            if self.sl[j] == id {
                return false;
            }
            j = (j + 1) & msk;
        }
        self.sl[j] = id;
        self.df[j] = true;
        self.cnt += 1;
        true
    }
}

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    ix: IdTab,
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
        let st = self.records.len();
        for r in batch {
            if self.ix.set(r.id) {
                self.records.push(r.clone());
            }
        }
        Ok(self.records.len() - st)
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
    use ExtractError as X;
    if batch_size == 0 {
        return Err(X::ZeroBatchSize);
    }
    let mut rp = RunReport::default();
    let mut cur = checkpoint.load();
    loop {
        let bt = source.fetch_after(cur, batch_size).map_err(X::Source)?;
        let Some(lst) = bt.last().map(|r| r.id) else {
            break;
        };
        // first record against the cursor, the rest pairwise
        if let Some(c) = cur {
            if bt[0].id <= c {
                return Err(X::OutOfOrder { previous: cur, id: bt[0].id });
            }
        }
        if let Some(w) = bt.windows(2).find(|w| w[1].id <= w[0].id) {
            return Err(X::OutOfOrder { previous: Some(w[0].id), id: w[1].id });
        }
        let nf = bt.len();
        let mut ok = Vec::with_capacity(nf);
        for r in bt {
            if let Err(why) = validator.validate(&r) {
                rp.rejected.push((r.id, why));
            } else {
                ok.push(r);
            }
        }
        rp.staged += staging.stage(&ok).map_err(X::Staging)?;
        checkpoint.save(lst).map_err(X::Checkpoint)?;
        rp.batches += 1;
        rp.fetched += nf;
        cur = Some(lst);
    }
    Ok(rp)
}
