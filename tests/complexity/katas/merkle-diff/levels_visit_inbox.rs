// learner: optimal
// idiom: Erlang veteran: levels as Vec<Vec<_>>, diff as an explicit work-list of Visit messages (loop instead of tail recursion), range merge in a helper
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

enum Visit {
    Node { level: usize, index: usize },
}

fn record(acc: &mut Vec<Range<usize>>, leaf: usize) {
    match acc.last_mut() {
        Some(r) if r.end == leaf => r.end = leaf + 1,
        _ => acc.push(leaf..leaf + 1),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = vec![blocks.iter().map(|b| H::leaf(b)).collect()];
        loop {
            let below = levels.last().expect("level 0 exists");
            if below.len() <= 1 {
                break;
            }
            let above: Vec<H::Digest> = below
                .chunks(2)
                .map(|pair| match *pair {
                    [l, r] => H::node(l, r),
                    [only] => only,
                    _ => unreachable!(),
                })
                .collect();
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "diff needs trees of the same length");
        let mut acc = Vec::new();
        if self.is_empty() {
            return acc;
        }
        let mut inbox = vec![Visit::Node { level: self.levels.len() - 1, index: 0 }];
        while let Some(Visit::Node { level, index }) = inbox.pop() {
            if self.levels[level][index] == other.levels[level][index] {
                continue;
            }
            match level {
                0 => record(&mut acc, index),
                _ => {
                    let left = 2 * index;
                    if left + 1 < self.levels[level - 1].len() {
                        inbox.push(Visit::Node { level: level - 1, index: left + 1 });
                    }
                    inbox.push(Visit::Node { level: level - 1, index: left });
                }
            }
        }
        acc
    }
}
