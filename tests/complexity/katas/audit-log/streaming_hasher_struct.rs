// learner: optimal
// idiom: Solidity smart-contract developer: a tiny Hasher "library" struct with update()/digest() like a keccak context, checks as modifier-like helper returning a custom error enum, windows-free loop with carried prev
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// library Fnv { struct Ctx { uint64 state; } }
struct Fnv {
    state: u64,
}

impl Fnv {
    fn init() -> Self {
        Fnv { state: FNV_OFFSET }
    }

    fn update(&mut self, data: &[u8]) -> &mut Self {
        for b in data {
            self.state ^= *b as u64;
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
        self
    }

    fn update_u64(&mut self, word: u64) -> &mut Self {
        self.update(&word.to_le_bytes())
    }

    fn digest(&self) -> u64 {
        self.state
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv::init().update(bytes).digest()
}

/// entry hash = fnv(prev ‖ seq ‖ len(actor) ‖ actor ‖ len(action) ‖ action)
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv::init()
        .update_u64(prev)
        .update_u64(seq)
        .update_u64(actor.len() as u64)
        .update(actor.as_bytes())
        .update_u64(action.len() as u64)
        .update(action.as_bytes())
        .digest()
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

/// error InvalidSeq(); error BrokenLink(); error BadHash();
#[derive(Debug)]
enum ChainError {
    InvalidSeq,
    BrokenLink,
    BadHash,
}

fn _check_entry(e: &Entry, index: usize, expected_prev: u64) -> Result<(), ChainError> {
    if e.seq != index as u64 {
        return Err(ChainError::InvalidSeq);
    }
    if e.prev_hash != expected_prev {
        return Err(ChainError::BrokenLink);
    }
    if entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) != e.hash {
        return Err(ChainError::BadHash);
    }
    Ok(())
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

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let seq = self.entries.len() as u64;
        let prev_hash = self.head();
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        if self.entries.is_empty() {
            GENESIS
        } else {
            self.entries[self.entries.len() - 1].hash
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

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        for (index, e) in self.entries.iter().enumerate() {
            if let Err(_reason) = _check_entry(e, index, prev) {
                return Some(index);
            }
            prev = e.hash;
        }
        None
    }
}
