// learner: optimal
// idiom: heavy generics and traits: a Combine trait with an impl, generic pair_up/push_index helpers, explicit stack
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

/// Anything that can fold a level of digests into the level above.
trait Combine<D: Copy> {
    fn combine(left: D, right: D) -> D;
}

struct ByHasher<H>(PhantomData<H>);

impl<H: MerkleHasher> Combine<H::Digest> for ByHasher<H> {
    fn combine(left: H::Digest, right: H::Digest) -> H::Digest {
        H::node(left, right)
    }
}

fn pair_up<D: Copy, C: Combine<D>>(below: &[D]) -> Vec<D> {
    below
        .chunks(2)
        .map(|pair| match pair {
            [l, r] => C::combine(*l, *r),
            [only] => *only,
            _ => unreachable!(),
        })
        .collect()
}

fn push_index(out: &mut Vec<Range<usize>>, i: usize) {
    match out.last_mut() {
        Some(last) if last.end == i => last.end = i + 1,
        _ => out.push(i..i + 1),
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = vec![blocks.iter().map(|b| H::leaf(b)).collect()];
        while levels.last().map_or(false, |l| l.len() > 1) {
            let next = pair_up::<H::Digest, ByHasher<H>>(levels.last().unwrap());
            levels.push(next);
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
        assert!(self.len() == other.len(), "cannot diff trees of different length: {} vs {}", self.len(), other.len());
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut stack: Vec<(usize, usize)> = vec![(self.levels.len() - 1, 0)];
        while let Some((level, idx)) = stack.pop() {
            if self.levels[level][idx] == other.levels[level][idx] {
                continue;
            }
            if level == 0 {
                push_index(&mut out, idx);
                continue;
            }
            let below = &self.levels[level - 1];
            if 2 * idx + 1 < below.len() {
                stack.push((level - 1, 2 * idx + 1));
            }
            stack.push((level - 1, 2 * idx));
        }
        out
    }
}

