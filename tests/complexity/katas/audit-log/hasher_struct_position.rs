// learner: optimal
// idiom: a small Fnv1a state struct with write_* methods; verify as a single position() with a stateful closure
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

#[derive(Clone, Copy)]
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(FNV_OFFSET)
    }
    fn write(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
        self
    }
    fn write_u64(self, v: u64) -> Self {
        self.write(&v.to_le_bytes())
    }
    fn write_str(self, s: &str) -> Self {
        self.write_u64(s.len() as u64).write(s.as_bytes())
    }
    fn finish(self) -> u64 {
        self.0
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv1a::new().write(bytes).finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv1a::new().write_u64(prev).write_u64(seq).write_str(actor).write_str(action).finish()
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
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let entry = Entry {
            seq,
            actor: actor.into(),
            action: action.into(),
            prev_hash,
            hash: entry_hash(prev_hash, seq, actor, action),
        };
        let h = entry.hash;
        self.entries.push(entry);
        h
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
    }

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        self.entries.iter().enumerate().position(|(i, e)| {
            let broken = e.seq != i as u64
                || e.prev_hash != prev
                || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            prev = e.hash;
            broken
        })
    }
}
