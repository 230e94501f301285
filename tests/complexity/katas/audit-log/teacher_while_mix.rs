// learner: optimal
// idiom: teacher style, while loops over byte indices, a running hash variable passed through a small helper, boolean "still_good" in verify
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

// Step helper: mix more bytes into a hash that is already started.
fn mix_bytes(start: u64, bytes: &[u8]) -> u64 {
    let mut hash = start;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        hash = hash ^ (byte as u64);
        hash = hash.wrapping_mul(FNV_PRIME);
        index = index + 1;
    }
    hash
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    mix_bytes(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    // feed each piece in order, never building one big buffer
    let mut hash = FNV_OFFSET;
    hash = mix_bytes(hash, &prev.to_le_bytes());
    hash = mix_bytes(hash, &seq.to_le_bytes());
    let actor_length = actor.len() as u64;
    hash = mix_bytes(hash, &actor_length.to_le_bytes());
    hash = mix_bytes(hash, actor.as_bytes());
    let action_length = action.len() as u64;
    hash = mix_bytes(hash, &action_length.to_le_bytes());
    hash = mix_bytes(hash, action.as_bytes());
    hash
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
        // Step 1: the previous hash is the current head
        let previous_hash = self.head();
        // Step 2: the new sequence number is the current length
        let sequence_number = self.entries.len() as u64;
        // Step 3: compute the new hash
        let new_hash = entry_hash(previous_hash, sequence_number, actor, action);
        // Step 4: store the entry
        let new_entry = Entry {
            seq: sequence_number,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: previous_hash,
            hash: new_hash,
        };
        self.entries.push(new_entry);
        new_hash
    }

    pub fn head(&self) -> u64 {
        let last_entry = self.entries.last();
        match last_entry {
            Some(entry) => entry.hash,
            None => GENESIS,
        }
    }

    pub fn verify(&self) -> Option<usize> {
        let mut expected_previous = GENESIS;
        let mut position = 0;
        while position < self.entries.len() {
            let entry = &self.entries[position];
            let mut still_good = true;
            if entry.seq != position as u64 {
                still_good = false;
            }
            if entry.prev_hash != expected_previous {
                still_good = false;
            }
            let recomputed = entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action);
            if entry.hash != recomputed {
                still_good = false;
            }
            if !still_good {
                return Some(position);
            }
            expected_previous = entry.hash;
            position = position + 1;
        }
        None
    }
}
