// learner: slow
// idiom: Arduino hobbyist: builds the tree properly, but diff just walks both leaf arrays side by side with a for loop, like comparing two EEPROM dumps byte by byte
// why: diff is O(n) digest comparisons whatever d is, vs the O(d log n) target: the root/inner digests are never used to skip equal subtrees
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

/// A Merkle tree: levels[0] are the leaves, the last level is the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut leaves = Vec::new();
        for b in blocks {
            leaves.push(H::leaf(b));
        }
        let mut levels = vec![leaves];
        loop {
            let cur = levels.last().unwrap();
            if cur.len() <= 1 {
                break;
            }
            let mut next = Vec::new();
            let mut i = 0;
            while i < cur.len() {
                if i + 1 < cur.len() {
                    next.push(H::node(cur[i], cur[i + 1]));
                } else {
                    next.push(cur[i]);
                }
                i += 2;
            }
            levels.push(next);
        }
        MerkleTree { levels }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels[0].is_empty()
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        let top = self.levels.last().unwrap();
        if top.is_empty() { None } else { Some(top[0]) }
    }

    /// The ranges of block indices whose leaf digests differ between the two trees.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let a = &self.levels[0];
        let b = &other.levels[0];
        if a.len() != b.len() {
            panic!("length mismatch: {} vs {}", a.len(), b.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut run_start = 0;
        let mut in_run = false;
        for i in 0..a.len() {
            if a[i] != b[i] {
                if !in_run {
                    run_start = i;
                    in_run = true;
                }
            } else if in_run {
                out.push(run_start..i);
                in_run = false;
            }
        }
        if in_run {
            out.push(run_start..a.len());
        }
        out
    }
}
