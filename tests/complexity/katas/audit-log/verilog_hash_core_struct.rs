// learner: optimal
// idiom: verilog: a streaming hash core (state register clocked one byte at a time), head read from the last entry, verify with a prev register
// why: append hashes only the new entry's bytes and reads the stored head (O(1) + strings); verify re-hashes each entry once, O(n) time, O(1) extra; fnv is one pass
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// FNV-1a as a little sequential core: `state` is the register, `clock` eats one byte.
struct FnvCore {
    state: u64,
}

impl FnvCore {
    fn reset() -> FnvCore {
        FnvCore { state: FNV_OFFSET }
    }
    fn clock(&mut self, b: u8) {
        self.state ^= b as u64;
        self.state = self.state.wrapping_mul(FNV_PRIME);
    }
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.clock(b);
        }
    }
    fn feed_u64(&mut self, w: u64) {
        self.feed(&w.to_le_bytes());
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut core = FnvCore::reset();
    core.feed(bytes);
    core.state
}

/// The hash of one entry (see README.md for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut core = FnvCore::reset();
    core.feed_u64(prev);
    core.feed_u64(seq);
    core.feed_u64(actor.len() as u64);
    core.feed(actor.as_bytes());
    core.feed_u64(action.len() as u64);
    core.feed(action.as_bytes());
    core.state
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

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends an entry and returns its hash (the new head).
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry {
            seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash,
            hash,
        });
        hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
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

    /// Raw access to the stored entries, bypassing `append`.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    /// Re-checks the whole chain in one pass. Returns the index of the first broken entry.
    pub fn verify(&self) -> Option<usize> {
        let mut prev_reg = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            let bad_seq = e.seq != i as u64;
            let bad_link = e.prev_hash != prev_reg;
            let bad_hash = e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            if bad_seq | bad_link | bad_hash {
                return Some(i);
            }
            prev_reg = e.hash;
        }
        None
    }
}
