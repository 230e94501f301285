// learner: optimal
// idiom: levels stored top-down (root first), recursive closure-free helper returning covered leaf span, diff collects leaf ids then folds into ranges
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

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    // tiers[0] is the root level, tiers[last] the leaves
    tiers: Vec<Vec<H::Digest>>,
}

fn walk<D: Copy + Eq>(a: &[Vec<D>], b: &[Vec<D>], tier: usize, i: usize, leaves: &mut Vec<usize>) {
    if a[tier][i] == b[tier][i] {
        return;
    }
    if tier + 1 == a.len() {
        leaves.push(i);
        return;
    }
    let kids = &a[tier + 1];
    let first = i * 2;
    walk(a, b, tier + 1, first, leaves);
    if first + 1 < kids.len() {
        walk(a, b, tier + 1, first + 1, leaves);
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut tiers: Vec<Vec<H::Digest>> = Vec::new();
        let mut cur: Vec<H::Digest> = Vec::new();
        for b in blocks {
            cur.push(H::leaf(b));
        }
        while !cur.is_empty() {
            let done = cur.len() == 1;
            let mut parent = Vec::new();
            if !done {
                let mut it = cur.iter();
                while let Some(&l) = it.next() {
                    parent.push(match it.next() {
                        Some(&r) => H::node(l, r),
                        None => l,
                    });
                }
            }
            tiers.push(cur);
            if done {
                break;
            }
            cur = parent;
        }
        tiers.reverse();
        MerkleTree { tiers }
    }

    pub fn len(&self) -> usize {
        match self.tiers.last() {
            Some(leaves) => leaves.len(),
            None => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.tiers.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.tiers.first().and_then(|t| t.first().copied())
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("length differs: {} != {}", self.len(), other.len());
        }
        let mut leaves = Vec::new();
        if !self.tiers.is_empty() {
            walk(&self.tiers, &other.tiers, 0, 0, &mut leaves);
        }
        leaves.into_iter().fold(Vec::new(), |mut acc: Vec<Range<usize>>, i| {
            if let Some(last) = acc.last_mut().filter(|r| r.end == i) {
                last.end = i + 1;
            } else {
                acc.push(i..i + 1);
            }
            acc
        })
    }
}
