// learner: optimal
// idiom: OOP: a ByteSink trait with default methods (write_u64_le, write_str_prefixed), an Fnv struct implementing it, impl Trait args, verify via a private Checker method
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub trait ByteSink {
    fn write(&mut self, bytes: &[u8]);
    fn write_u64_le(&mut self, v: u64) {
        self.write(&v.to_le_bytes());
    }
    fn write_str_prefixed(&mut self, s: &str) {
        self.write_u64_le(s.len() as u64);
        self.write(s.as_bytes());
    }
}

struct Fnv {
    state: u64,
}

impl Fnv {
    fn new() -> Self {
        Fnv { state: FNV_OFFSET }
    }
    fn finish(&self) -> u64 {
        self.state
    }
}

impl ByteSink for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.state ^= u64::from(b);
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
    }
}

fn feed_entry(sink: &mut impl ByteSink, prev: u64, seq: u64, actor: &str, action: &str) {
    sink.write_u64_le(prev);
    sink.write_u64_le(seq);
    sink.write_str_prefixed(actor);
    sink.write_str_prefixed(action);
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut f = Fnv::new();
    f.write(bytes);
    f.finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut f = Fnv::new();
    feed_entry(&mut f, prev, seq, actor, action);
    f.finish()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

impl Entry {
    fn is_sealed(&self) -> bool {
        self.hash == entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }

    fn follows(&self, index: usize, prev: u64) -> bool {
        self.seq == index as u64 && self.prev_hash == prev
    }
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
        let entry = self.next_entry(actor, action);
        let hash = entry.hash;
        self.entries.push(entry);
        hash
    }

    fn next_entry(&self, actor: &str, action: &str) -> Entry {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        Entry {
            seq,
            actor: actor.to_owned(),
            action: action.to_owned(),
            prev_hash,
            hash: entry_hash(prev_hash, seq, actor, action),
        }
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(e) => e.hash,
            None => GENESIS,
        }
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
        let mut prev = GENESIS;
        for (index, entry) in self.entries.iter().enumerate() {
            if !(entry.follows(index, prev) && entry.is_sealed()) {
                return Some(index);
            }
            prev = entry.hash;
        }
        None
    }
}
