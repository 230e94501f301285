// learner: optimal
// idiom: Solidity smart-contract developer: state-variable style struct, NatSpec comments, require-like guard helper, index loop with a running prevHash like a for-loop over storage
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// @notice absorbs `data` into a running FNV-1a state (like keccak over abi.encodePacked, but cheap)
fn _absorb(mut state: u64, data: &[u8]) -> u64 {
    let mut i = 0;
    while i < data.len() {
        state ^= data[i] as u64;
        state = state.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    state
}

/// @notice The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    _absorb(FNV_OFFSET, bytes)
}

/// @notice hash of one entry, fields length-prefixed so packed encodings cannot collide
/// @dev abi.encode-style: no intermediate buffer, we stream each field into the state
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut state = FNV_OFFSET;
    state = _absorb(state, &prev.to_le_bytes());
    state = _absorb(state, &seq.to_le_bytes());
    state = _absorb(state, &(actor.len() as u64).to_le_bytes());
    state = _absorb(state, actor.as_bytes());
    state = _absorb(state, &(action.len() as u64).to_le_bytes());
    state = _absorb(state, action.as_bytes());
    state
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

    /// @notice appends an entry and returns the new head
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prevHash = self.head();
        let seq = self.entries.len() as u64;
        let newHash = entry_hash(prevHash, seq, actor, action);
        self.entries.push(Entry {
            seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: prevHash,
            hash: newHash,
        });
        // emit Appended(seq, newHash);
        newHash
    }

    /// @notice hash of the last entry, GENESIS for an empty log
    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(last) => last.hash,
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

    /// @notice first index whose link is broken, None if the chain holds
    pub fn verify(&self) -> Option<usize> {
        let mut expectedPrev = GENESIS;
        for i in 0..self.entries.len() {
            let e = &self.entries[i];
            // require(e.seq == i && e.prevHash == expectedPrev && e.hash == recomputed)
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != expectedPrev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            expectedPrev = e.hash;
        }
        None
    }
}
