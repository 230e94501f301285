// learner: optimal
// idiom: fnv via fold over an iter().chain() of byte slices (no buffer), verify via iter().position() with a closure that carries prev; both single passes
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn step(h: u64, b: &u8) -> u64 {
    (h ^ *b as u64).wrapping_mul(FNV_PRIME)
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, step)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let p = prev.to_le_bytes();
    let s = seq.to_le_bytes();
    let al = (actor.len() as u64).to_le_bytes();
    let cl = (action.len() as u64).to_le_bytes();
    p.iter()
        .chain(s.iter())
        .chain(al.iter())
        .chain(actor.as_bytes())
        .chain(cl.iter())
        .chain(action.as_bytes())
        .fold(FNV_OFFSET, step)
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

impl Entry {
    fn recomputed(&self) -> u64 {
        entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
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

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.entries.last().map_or(GENESIS, |e| e.hash);
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
    }

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        self.entries.iter().enumerate().position(|(i, e)| {
            let broken = e.seq != i as u64 || e.prev_hash != prev || e.hash != e.recomputed();
            prev = e.hash;
            broken
        })
    }
}
