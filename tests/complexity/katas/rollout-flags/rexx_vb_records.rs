// learner: slow
// idiom: REXX/z/OS: the override lists kept as one variable-length-record buffer per flag (each user prefixed by a 4-byte RDW, like a VB dataset), read record by record the way EXECIO + PARSE would
// why: is_enabled and allow read every record of the flag's list on each call: O(total length of the list) per check instead of O(1)

/* REXX-style: DO UNTIL eof ; PARSE the RDW ; IF LENGTH matches THEN compare ; skip to next record ; END */

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over one run of bytes, continuing from hash_value
fn fnv_feed(mut hash_value: u64, the_bytes: &[u8]) -> u64 {
    let mut pos = 0usize;
    loop {
        if pos >= the_bytes.len() {
            break;
        }
        hash_value ^= the_bytes[pos] as u64;
        hash_value = hash_value.wrapping_mul(FNV_PRIME);
        pos += 1;
    }
    hash_value
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash_value = fnv_feed(FNV_OFFSET, flag.as_bytes());
    hash_value = fnv_feed(hash_value, &[0xFF]);
    hash_value = fnv_feed(hash_value, user.as_bytes());
    (hash_value % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagRec {
    basis_points: u32,
    allow_records: Vec<u8>,
    deny_records: Vec<u8>,
}

/// Walk the VB records (4-byte RDW length, then the user bytes) until user is found.
/// Returns the record's byte span (start of its RDW, end of its data).
fn scan_records(record_buf: &[u8], user: &str) -> Option<(usize, usize)> {
    let wanted = user.as_bytes();
    let mut pos = 0usize;
    loop {
        if pos >= record_buf.len() {
            return None;
        }
        let rdw = [record_buf[pos], record_buf[pos + 1], record_buf[pos + 2], record_buf[pos + 3]];
        let rec_len = u32::from_be_bytes(rdw) as usize;
        let data_start = pos + 4;
        let data_end = data_start + rec_len;
        if rec_len == wanted.len() && &record_buf[data_start..data_end] == wanted {
            return Some((pos, data_end));
        }
        pos = data_end;
    }
}

fn add_record(record_buf: &mut Vec<u8>, user: &str) {
    if scan_records(record_buf, user).is_none() {
        record_buf.extend_from_slice(&(user.len() as u32).to_be_bytes());
        record_buf.extend_from_slice(user.as_bytes());
    }
}

fn drop_record(record_buf: &mut Vec<u8>, user: &str) -> bool {
    match scan_records(record_buf, user) {
        Some((from, to)) => {
            record_buf.drain(from..to);
            true
        }
        None => false,
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    flag_stem: HashMap<String, FlagRec>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_stem.entry(flag.to_string()).or_default().basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let rec = self.flag_stem.entry(flag.to_string()).or_default();
        add_record(&mut rec.allow_records, user);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let rec = self.flag_stem.entry(flag.to_string()).or_default();
        add_record(&mut rec.deny_records, user);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flag_stem.get_mut(flag) {
            Some(rec) => {
                let a = drop_record(&mut rec.allow_records, user);
                let d = drop_record(&mut rec.deny_records, user);
                a || d
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(rec) = self.flag_stem.get(flag) else {
            return false;
        };
        if scan_records(&rec.deny_records, user).is_some() {
            return false;
        }
        if scan_records(&rec.allow_records, user).is_some() {
            return true;
        }
        bucket(flag, user) < rec.basis_points
    }
}
