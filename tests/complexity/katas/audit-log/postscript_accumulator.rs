// learner: optimal
// idiom: PostScript: a tiny FNV accumulator object fed field by field; verify folds the previous hash through the entries (try_fold as a `forall` with an early stop)
// why: append reads only the last entry: O(1) amortised + string length; verify one pass O(n); fnv1a64 O(bytes)
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// An FNV-1a accumulator: the running hash kept like a value on the stack.
struct Fnv(u64);

impl Fnv {
    fn start() -> Fnv {
        Fnv(FNV_OFFSET)
    }
    fn eat(&mut self, bytes: &[u8]) {
        for b in bytes.iter() {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(FNV_PRIME);
        }
    }
    fn eat_u64(&mut self, v: u64) {
        self.eat(&v.to_le_bytes());
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut f = Fnv::start();
    f.eat(bytes);
    f.0
}

/// The hash of one entry: FNV-1a over `prev` (8 bytes, little-endian), `seq` (8 bytes LE),
/// the byte length of `actor` as u64 LE, the bytes of `actor`, the byte length of `action`
/// as u64 LE, and the bytes of `action`, in that order.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut f = Fnv::start();
    f.eat_u64(prev);
    f.eat_u64(seq);
    f.eat_u64(actor.len() as u64);
    f.eat(actor.as_bytes());
    f.eat_u64(action.len() as u64);
    f.eat(action.as_bytes());
    f.0
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

/// Does entry `e`, sitting at position `i` after a hash `prev`, check out?
fn link_ok(e: &Entry, i: usize, prev: u64) -> bool {
    e.seq == i as u64 && e.prev_hash == prev && e.hash == entry_hash(prev, e.seq, &e.actor, &e.action)
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends an entry and returns its hash (the new head). Must be O(1) amortised (plus the
    /// length of the two strings), however long the log is.
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let entry = {
            let prev_hash = self.head();
            let seq = self.len() as u64;
            Entry {
                seq,
                actor: String::from(actor),
                action: String::from(action),
                prev_hash,
                hash: entry_hash(prev_hash, seq, actor, action),
            }
        };
        let h = entry.hash;
        self.entries.push(entry);
        h
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
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

    /// Raw access to the stored entries, bypassing `append`: this is how the tests play an
    /// attacker with write access to the storage.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    /// Re-checks the whole chain in one pass (O(n)). Returns the index of the first entry where it
    /// breaks: wrong `seq`, a `prev_hash` that is not the previous entry's `hash`, or a `hash`
    /// that does not match the entry's contents. `None` when the chain is intact.
    pub fn verify(&self) -> Option<usize> {
        let walked = self.entries.iter().enumerate().try_fold(GENESIS, |prev, (i, e)| {
            if link_ok(e, i, prev) { Ok(e.hash) } else { Err(i) }
        });
        match walked {
            Ok(_) => None,
            Err(i) => Some(i),
        }
    }
}
