// learner: optimal
// idiom: verify checks the first entry, then windows(2) pairs to test each link (each window is O(1) work), fnv with an index while loop; still one O(n) pass, O(1) space
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

fn feed(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = feed(h, &prev.to_le_bytes());
    h = feed(h, &seq.to_le_bytes());
    h = feed(h, &(actor.len() as u64).to_le_bytes());
    h = feed(h, actor.as_bytes());
    h = feed(h, &(action.len() as u64).to_le_bytes());
    feed(h, action.as_bytes())
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

fn self_consistent(i: usize, e: &Entry) -> bool {
    e.seq == i as u64 && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
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
        let prev_hash = self.head();
        let seq = self.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: String::from(actor), action: String::from(action), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        if let Some(last) = self.entries.last() { last.hash } else { GENESIS }
    }

    pub fn verify(&self) -> Option<usize> {
        let first = self.entries.first()?;
        if first.prev_hash != GENESIS || !self_consistent(0, first) {
            return Some(0);
        }
        for (j, w) in self.entries.windows(2).enumerate() {
            let i = j + 1;
            if w[1].prev_hash != w[0].hash || !self_consistent(i, &w[1]) {
                return Some(i);
            }
        }
        None
    }
}
