// learner: optimal
// idiom: q/kdb+ quant: hashing as a fold over byte columns, verify as a scan over (prev, entry) pairs
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn step(h: u64, b: &u8) -> u64 {
    (h ^ *b as u64).wrapping_mul(FNV_PRIME)
}

fn fold(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, step)
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fold(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let a = actor.as_bytes();
    let c = action.as_bytes();
    let cols: [&[u8]; 6] = [
        &prev.to_le_bytes(),
        &seq.to_le_bytes(),
        &(a.len() as u64).to_le_bytes(),
        a,
        &(c.len() as u64).to_le_bytes(),
        c,
    ];
    cols.iter().fold(FNV_OFFSET, |h, col| fold(h, col))
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
        // prev column = GENESIS, hash[0], hash[1], ... : `prev` in q
        let prevs = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries
            .iter()
            .zip(prevs)
            .enumerate()
            .position(|(i, (e, p))| {
                e.seq != i as u64 || e.prev_hash != p || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
            })
    }
}
