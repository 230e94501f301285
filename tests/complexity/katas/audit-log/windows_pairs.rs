// learner: optimal
// idiom: for-in over bytes with chained slices iterator, verify checks entry 0 then windows(2)
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for &byte in bytes {
        hash = (hash ^ byte as u64).wrapping_mul(FNV_PRIME);
    }
    hash
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let a = prev.to_le_bytes();
    let b = seq.to_le_bytes();
    let c = (actor.len() as u64).to_le_bytes();
    let d = (action.len() as u64).to_le_bytes();
    let mut hash = FNV_OFFSET;
    let all = a.iter().chain(b.iter()).chain(c.iter()).chain(actor.as_bytes()).chain(d.iter()).chain(action.as_bytes());
    for &byte in all {
        hash = (hash ^ byte as u64).wrapping_mul(FNV_PRIME);
    }
    hash
}

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

fn self_consistent(e: &Entry, idx: usize) -> bool {
    e.seq == idx as u64 && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev = if let Some(e) = self.entries.last() { e.hash } else { GENESIS };
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash: prev, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        if let Some(e) = self.entries.last() { e.hash } else { GENESIS }
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
        let first = self.entries.first()?;
        if first.prev_hash != GENESIS || !self_consistent(first, 0) {
            return Some(0);
        }
        for (k, pair) in self.entries.windows(2).enumerate() {
            let i = k + 1;
            if pair[1].prev_hash != pair[0].hash || !self_consistent(&pair[1], i) {
                return Some(i);
            }
        }
        None
    }
}
