// learner: optimal
// idiom: Groovy-style: fnv as an inject/fold closure, entry_hash as a chained byte iterator (no buffer), verify via try_fold
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn fnv_step(h: u64, b: &u8) -> u64 {
    (h ^ *b as u64).wrapping_mul(FNV_PRIME)
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, fnv_step)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let le = |x: u64| x.to_le_bytes();
    [le(prev), le(seq), le(actor.len() as u64)]
        .iter()
        .flatten()
        .chain(actor.as_bytes())
        .chain(le(action.len() as u64).iter())
        .chain(action.as_bytes())
        .fold(FNV_OFFSET, fnv_step)
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let (seq, prev_hash) = (self.entries.len() as u64, self.head());
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn verify(&self) -> Option<usize> {
        let ok = |i: usize, prev: u64, e: &Entry| {
            e.seq == i as u64 && e.prev_hash == prev && e.hash == entry_hash(prev, e.seq, &e.actor, &e.action)
        };
        self.entries
            .iter()
            .enumerate()
            .try_fold(GENESIS, |prev, (i, e)| if ok(i, prev, e) { Ok(e.hash) } else { Err(i) })
            .err()
    }
}
