// learner: optimal
// idiom: PowerShell sysadmin: pipeline thinking, fold over a chained byte stream, verify as one enumerate |> position filter, Test-/Get- style helper names
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(FNV_OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// The hash of one entry (see README for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    // Get-EntryBytes | ForEach-Object { hash } -- without materialising the array
    let actor_len = (actor.len() as u64).to_le_bytes();
    let action_len = (action.len() as u64).to_le_bytes();
    let prev_b = prev.to_le_bytes();
    let seq_b = seq.to_le_bytes();
    prev_b
        .iter()
        .chain(seq_b.iter())
        .chain(actor_len.iter())
        .chain(actor.as_bytes())
        .chain(action_len.iter())
        .chain(action.as_bytes())
        .fold(FNV_OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
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

impl Entry {
    /// Test-EntrySelf: does the stored hash match the contents?
    fn test_self(&self) -> bool {
        self.hash == entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
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

    /// Add-AuditEntry
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let entry = Entry {
            seq: self.entries.len() as u64,
            actor: actor.to_owned(),
            action: action.to_owned(),
            prev_hash: self.head(),
            hash: 0,
        };
        let hash = entry_hash(entry.prev_hash, entry.seq, actor, action);
        self.entries.push(Entry { hash, ..entry });
        hash
    }

    /// Get-ChainHead
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

    /// Test-AuditChain: index of the first broken entry.
    pub fn verify(&self) -> Option<usize> {
        let previous = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries
            .iter()
            .zip(previous)
            .enumerate()
            .position(|(i, (e, prev))| e.seq != i as u64 || e.prev_hash != prev || !e.test_self())
    }
}
