// learner: optimal
// idiom: game-jam: fold one-liners, chained iterator of byte slices, zip+position verify
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 { bytes.iter().fold(FNV_OFFSET, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME)) }

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    [&prev.to_le_bytes()[..], &seq.to_le_bytes(), &(actor.len() as u64).to_le_bytes(), actor.as_bytes(),
     &(action.len() as u64).to_le_bytes(), action.as_bytes()]
        .iter().flat_map(|s| s.iter()).fold(FNV_OFFSET, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry { pub seq: u64, pub actor: String, pub action: String, pub prev_hash: u64, pub hash: u64 }

#[derive(Debug, Default)]
pub struct AuditLog { entries: Vec<Entry> }

impl AuditLog {
    pub fn new() -> Self { Self::default() }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let (seq, p) = (self.entries.len() as u64, self.head());
        let hash = entry_hash(p, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash: p, hash });
        hash
    }

    pub fn head(&self) -> u64 { self.entries.last().map_or(GENESIS, |e| e.hash) }
    pub fn entries(&self) -> &[Entry] { &self.entries }
    pub fn len(&self) -> usize { self.entries.len() }
    pub fn is_empty(&self) -> bool { self.entries.is_empty() }
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> { &mut self.entries }

    pub fn verify(&self) -> Option<usize> {
        let prevs = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries.iter().zip(prevs).enumerate().position(|(i, (e, p))| {
            e.seq != i as u64 || e.prev_hash != p || e.hash != entry_hash(p, e.seq, &e.actor, &e.action)
        })
    }
}
