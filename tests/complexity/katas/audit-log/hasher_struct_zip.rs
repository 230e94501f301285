// learner: optimal
// idiom: a small Fnv hasher struct with impl methods (write/finish), verify with windows-free zip of entries and their predecessors
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

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

struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(FNV_OFFSET)
    }
    fn write(&mut self, bytes: &[u8]) -> &mut Self {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
        self
    }
    fn write_u64(&mut self, x: u64) -> &mut Self {
        self.write(&x.to_le_bytes())
    }
    fn write_str(&mut self, s: &str) -> &mut Self {
        self.write_u64(s.len() as u64).write(s.as_bytes())
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv::new().write(bytes).finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv::new().write_u64(prev).write_u64(seq).write_str(actor).write_str(action).finish()
}

impl AuditLog {

    pub fn new() -> Self {
        Self::default()
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

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = match self.entries.last() {
            Some(last) => last.hash,
            None => GENESIS,
        };
        let seq = self.entries.len() as u64;
        let entry = Entry {
            seq,
            actor: actor.to_owned(),
            action: action.to_owned(),
            prev_hash,
            hash: entry_hash(prev_hash, seq, actor, action),
        };
        let h = entry.hash;
        self.entries.push(entry);
        h
    }

    pub fn head(&self) -> u64 {
        if let Some(e) = self.entries.last() { e.hash } else { GENESIS }
    }

    fn broken(e: &Entry, i: usize, prev: u64) -> bool {
        e.seq != i as u64 || e.prev_hash != prev || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
    }

    pub fn verify(&self) -> Option<usize> {
        let prevs = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        for (i, (e, prev)) in self.entries.iter().zip(prevs).enumerate() {
            if Self::broken(e, i, prev) {
                return Some(i);
            }
        }
        None
    }
}
