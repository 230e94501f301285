// learner: optimal
// idiom: verilog: 8-byte word datapath (chunks_exact, unpack lanes by shifting), zero-copy header block, verify as a try_fold pipeline
// why: every byte still passes through one xor+multiply, O(len) time with a u64 state; append touches only the last entry; verify folds over the entries once with one u64 carried: O(n), O(1) extra
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

#[inline]
fn step(h: u64, b: u64) -> u64 {
    (h ^ b).wrapping_mul(FNV_PRIME)
}

/// Eats a 64-bit little-endian word, lane 0 first, straight from the register.
#[inline]
fn step_word(mut h: u64, w: u64) -> u64 {
    let mut lane = 0;
    while lane < 64 {
        h = step(h, (w >> lane) & 0xFF);
        lane += 8;
    }
    h
}

fn absorb(mut h: u64, bytes: &[u8]) -> u64 {
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let word = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        h = step_word(h, word);
    }
    for &b in words.remainder() {
        h = step(h, b as u64);
    }
    h
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    absorb(FNV_OFFSET, bytes)
}

/// The hash of one entry (see README.md for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = step_word(FNV_OFFSET, prev);
    h = step_word(h, seq);
    h = step_word(h, actor.len() as u64);
    h = absorb(h, actor.as_bytes());
    h = step_word(h, action.len() as u64);
    absorb(h, action.as_bytes())
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
        let e = {
            let prev_hash = self.entries.last().map_or(GENESIS, |e| e.hash);
            let seq = self.entries.len() as u64;
            Entry {
                seq,
                actor: String::from(actor),
                action: String::from(action),
                prev_hash,
                hash: entry_hash(prev_hash, seq, actor, action),
            }
        };
        let h = e.hash;
        self.entries.push(e);
        h
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

    /// Raw access to the stored entries, bypassing `append`.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    /// Re-checks the whole chain in one pass. Returns the index of the first broken entry.
    pub fn verify(&self) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .try_fold(GENESIS, |prev, (i, e)| {
                let ok = e.seq == i as u64
                    && e.prev_hash == prev
                    && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
                if ok {
                    Ok(e.hash)
                } else {
                    Err(i)
                }
            })
            .err()
    }
}
