// learner: optimal
// idiom: Kotlin-dev style: fold for FNV, streaming Fnv struct with chained update calls, last().map_or for head, iterator enumerate + early return in verify
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(FNV_OFFSET, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME))
}

struct Fnv(u64);

impl Fnv {
    fn update(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(FNV_PRIME);
        }
        self
    }
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv(FNV_OFFSET)
        .update(&prev.to_le_bytes())
        .update(&seq.to_le_bytes())
        .update(&(actor.len() as u64).to_le_bytes())
        .update(actor.as_bytes())
        .update(&(action.len() as u64).to_le_bytes())
        .update(action.as_bytes())
        .0
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

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

    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn verify(&self) -> Option<usize> {
        let mut expected_prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            let broken = e.seq != i as u64
                || e.prev_hash != expected_prev
                || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            if broken {
                return Some(i);
            }
            expected_prev = e.hash;
        }
        None
    }
}
