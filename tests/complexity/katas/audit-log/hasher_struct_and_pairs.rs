// learner: optimal
// idiom: Tcl/Tk tools engineer: a tiny stateful `Fnv` object with write_u64/write_str commands (like a Tcl channel you puts into), verify checks entry 0 and then each (previous, current) pair
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

struct Fnv {
    state: u64,
}

impl Fnv {
    fn new() -> Self {
        Fnv { state: FNV_OFFSET }
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.state ^= *b as u64;
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.write(&v.to_le_bytes());
    }
    fn write_str(&mut self, s: &str) {
        self.write_u64(s.len() as u64);
        self.write(s.as_bytes());
    }
    fn finish(&self) -> u64 {
        self.state
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.write(bytes);
    h.finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = Fnv::new();
    h.write_u64(prev);
    h.write_u64(seq);
    h.write_str(actor);
    h.write_str(action);
    h.finish()
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Position in the log, starting at 0.
    pub seq: u64,
    pub actor: String,
    pub action: String,
    /// `hash` of the previous entry ([`GENESIS`] for the first).
    pub prev_hash: u64,
    /// `entry_hash(prev_hash, seq, actor, action)`.
    pub hash: u64,
}

/// An append-only log in which every entry commits to the one before it.
#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

fn self_consistent(e: &Entry, index: usize) -> bool {
    e.seq == index as u64 && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let entry = {
            let seq = self.entries.len() as u64;
            let prev_hash = self.head();
            Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash: entry_hash(prev_hash, seq, actor, action) }
        };
        let h = entry.hash;
        self.entries.push(entry);
        h
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map(|e| e.hash).unwrap_or(GENESIS)
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
        for (i, pair) in self.entries.windows(2).enumerate() {
            let (before, here) = (&pair[0], &pair[1]);
            if here.prev_hash != before.hash || !self_consistent(here, i + 1) {
                return Some(i + 1);
            }
        }
        None
    }
}
