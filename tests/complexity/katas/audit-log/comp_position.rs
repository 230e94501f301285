// learner: optimal
// idiom: competitive: terse names, fold for fnv, verify as enumerate().position with a closure mutating the running prev
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(b: &[u8]) -> u64 {
    b.iter().fold(FNV_OFFSET, |h, &x| (h ^ x as u64).wrapping_mul(FNV_PRIME))
}

fn st(h: u64, b: &[u8]) -> u64 {
    b.iter().fold(h, |h, &x| (h ^ x as u64).wrapping_mul(FNV_PRIME))
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = st(FNV_OFFSET, &prev.to_le_bytes());
    h = st(h, &seq.to_le_bytes());
    h = st(h, &(actor.len() as u64).to_le_bytes());
    h = st(h, actor.as_bytes());
    h = st(h, &(action.len() as u64).to_le_bytes());
    st(h, action.as_bytes())
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
        let p = self.head();
        let s = self.entries.len() as u64;
        let h = entry_hash(p, s, actor, action);
        self.entries.push(Entry { seq: s, actor: actor.into(), action: action.into(), prev_hash: p, hash: h });
        h
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
        let mut p = GENESIS;
        self.entries.iter().enumerate().position(|(i, e)| {
            let bad = e.seq != i as u64 || e.prev_hash != p || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            p = e.hash;
            bad
        })
    }
}
