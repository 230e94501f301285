// learner: optimal
// idiom: verilog: FNV with the prime multiply done as shift-and-add (2^40 + 2^8 + 0xb3), chained through a continue-hash helper; verify by indexed compare of neighbours
// why: shift-add is O(1) per byte so hashing stays O(len) with O(1) state; append reads only entries[len-1]; verify compares each entry to its neighbour and re-hashes it once: O(n), O(1) extra
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// h * FNV_PRIME mod 2^64 without a multiplier: FNV_PRIME = (1 << 40) + (1 << 8) + 0xb3.
#[inline]
fn mul_prime(h: u64) -> u64 {
    let low = h.wrapping_mul(0xb3);
    (h << 40).wrapping_add(h << 8).wrapping_add(low)
}

/// Continue an FNV-1a run from state `h` over `bytes`.
fn fnv_run(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0usize;
    let n = bytes.len();
    while i < n {
        h ^= bytes[i] as u64;
        h = mul_prime(h);
        i += 1;
    }
    h
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_run(FNV_OFFSET, bytes)
}

/// The hash of one entry (see README.md for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = fnv_run(h, &prev.to_le_bytes());
    h = fnv_run(h, &seq.to_le_bytes());
    h = fnv_run(h, &(actor.len() as u64).to_le_bytes());
    h = fnv_run(h, actor.as_bytes());
    h = fnv_run(h, &(action.len() as u64).to_le_bytes());
    fnv_run(h, action.as_bytes())
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
        let n = self.entries.len();
        let prev_hash = if n == 0 { GENESIS } else { self.entries[n - 1].hash };
        let hash = entry_hash(prev_hash, n as u64, actor, action);
        self.entries.push(Entry {
            seq: n as u64,
            actor: actor.to_owned(),
            action: action.to_owned(),
            prev_hash,
            hash,
        });
        hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
    pub fn head(&self) -> u64 {
        let n = self.entries.len();
        if n == 0 {
            GENESIS
        } else {
            self.entries[n - 1].hash
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
        let n = self.entries.len();
        let mut i = 0usize;
        while i < n {
            let e = &self.entries[i];
            let want_prev = if i == 0 { GENESIS } else { self.entries[i - 1].hash };
            if e.seq != i as u64
                || e.prev_hash != want_prev
                || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
            {
                return Some(i);
            }
            i += 1;
        }
        None
    }
}
