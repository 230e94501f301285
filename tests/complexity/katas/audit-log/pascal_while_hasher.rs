// learner: optimal
// idiom: Delphi-style: a THasher record with var-parameter (&mut) procedures, explicit while loops over byte indexes, early exit in verify
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

struct THasher {
    State: u64,
}

#[allow(non_snake_case)]
fn HashInit(H: &mut THasher) {
    H.State = FNV_OFFSET;
}

#[allow(non_snake_case)]
fn HashFeed(H: &mut THasher, Bytes: &[u8]) {
    let mut I: usize = 0;
    while I < Bytes.len() {
        H.State = H.State ^ (Bytes[I] as u64);
        H.State = H.State.wrapping_mul(FNV_PRIME);
        I = I + 1;
    }
}

#[allow(non_snake_case)]
fn HashFeedU64(H: &mut THasher, Value: u64) {
    HashFeed(H, &Value.to_le_bytes());
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut H = THasher { State: 0 };
    HashInit(&mut H);
    HashFeed(&mut H, bytes);
    H.State
}

#[allow(non_snake_case)]
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut H = THasher { State: 0 };
    HashInit(&mut H);
    HashFeedU64(&mut H, prev);
    HashFeedU64(&mut H, seq);
    HashFeedU64(&mut H, actor.len() as u64);
    HashFeed(&mut H, actor.as_bytes());
    HashFeedU64(&mut H, action.len() as u64);
    HashFeed(&mut H, action.as_bytes());
    H.State
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

#[allow(non_snake_case)]
impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let PrevHash: u64 = self.head();
        let Seq: u64 = self.entries.len() as u64;
        let NewHash: u64 = entry_hash(PrevHash, Seq, actor, action);
        let NewEntry = Entry {
            seq: Seq,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: PrevHash,
            hash: NewHash,
        };
        self.entries.push(NewEntry);
        NewHash
    }

    pub fn head(&self) -> u64 {
        let Count = self.entries.len();
        if Count == 0 {
            GENESIS
        } else {
            self.entries[Count - 1].hash
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

    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn verify(&self) -> Option<usize> {
        let mut Expected: u64 = GENESIS;
        let mut I: usize = 0;
        while I < self.entries.len() {
            let E = &self.entries[I];
            if E.seq != I as u64 {
                return Some(I);
            }
            if E.prev_hash != Expected {
                return Some(I);
            }
            if E.hash != entry_hash(E.prev_hash, E.seq, &E.actor, &E.action) {
                return Some(I);
            }
            Expected = E.hash;
            I = I + 1;
        }
        None
    }
}
