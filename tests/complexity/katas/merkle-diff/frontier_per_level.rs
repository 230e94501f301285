// learner: optimal
// idiom: levels built with step_by/zip pairing; diff descends level by level keeping a frontier of differing node indices (BFS over mismatches only)
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
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


pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let mut current: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        loop {
            let done = current.len() <= 1;
            let mut up: Vec<H::Digest> = current
                .iter()
                .step_by(2)
                .zip(current.iter().skip(1).step_by(2))
                .map(|(&a, &b)| H::node(a, b))
                .collect();
            if current.len() % 2 == 1 {
                up.push(current[current.len() - 1]);
            }
            levels.push(current);
            if done {
                break;
            }
            current = up;
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, |l| l.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last()?.first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("length mismatch: {} blocks vs {} blocks", self.len(), other.len());
        }
        if self.is_empty() {
            return Vec::new();
        }
        let mut frontier: Vec<usize> = vec![0];
        for lvl in (0..self.levels.len()).rev() {
            let mine = &self.levels[lvl];
            let theirs = &other.levels[lvl];
            let differing: Vec<usize> = frontier.into_iter().filter(|&i| mine[i] != theirs[i]).collect();
            if lvl == 0 {
                let mut out: Vec<Range<usize>> = Vec::new();
                for i in differing {
                    if let Some(last) = out.last_mut() {
                        if last.end == i {
                            last.end += 1;
                            continue;
                        }
                    }
                    out.push(i..i + 1);
                }
                return out;
            }
            let below = self.levels[lvl - 1].len();
            frontier = differing
                .iter()
                .flat_map(|&i| [2 * i, 2 * i + 1])
                .filter(|&c| c < below)
                .collect();
        }
        Vec::new()
    }
}
