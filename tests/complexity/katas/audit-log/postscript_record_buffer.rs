// learner: optimal
// idiom: PostScript: the record is laid out in one byte string and hashed in one go; verify is an index `loop` that `exit`s on the first broken link
// why: append reads only the last entry: O(1) amortised + string length; verify one pass O(n); fnv1a64 O(bytes)
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        h = (h ^ bytes[i] as u64).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

/// The hash of one entry: FNV-1a over `prev` (8 bytes, little-endian), `seq` (8 bytes LE),
/// the byte length of `actor` as u64 LE, the bytes of `actor`, the byte length of `action`
/// as u64 LE, and the bytes of `action`, in that order.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    // lay the record out in one string first, like building it with `concatstrings`
    let mut rec: Vec<u8> = Vec::with_capacity(32 + actor.len() + action.len());
    rec.extend_from_slice(&prev.to_le_bytes());
    rec.extend_from_slice(&seq.to_le_bytes());
    rec.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    rec.extend_from_slice(actor.as_bytes());
    rec.extend_from_slice(&(action.len() as u64).to_le_bytes());
    rec.extend_from_slice(action.as_bytes());
    fnv1a64(&rec)
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

    /// Appends an entry and returns its hash (the new head). Must be O(1) amortised (plus the
    /// length of the two strings), however long the log is.
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let n = self.entries.len();
        let prev_hash = if n == 0 { GENESIS } else { self.entries[n - 1].hash };
        let seq = n as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
        hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
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

    /// Raw access to the stored entries, bypassing `append`: this is how the tests play an
    /// attacker with write access to the storage.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    /// Re-checks the whole chain in one pass (O(n)). Returns the index of the first entry where it
    /// breaks: wrong `seq`, a `prev_hash` that is not the previous entry's `hash`, or a `hash`
    /// that does not match the entry's contents. `None` when the chain is intact.
    pub fn verify(&self) -> Option<usize> {
        let n = self.entries.len();
        let mut i = 0;
        let mut broken = None;
        loop {
            if i >= n {
                break;
            }
            let e = &self.entries[i];
            let expect_prev = if i == 0 { GENESIS } else { self.entries[i - 1].hash };
            let good = e.seq == i as u64
                && e.prev_hash == expect_prev
                && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            if !good {
                broken = Some(i);
                break;
            }
            i += 1;
        }
        broken
    }
}
