// learner: optimal
// idiom: pointer tree of Box<Node> enum (Leaf / Inner with spans), levels paired with std::mem::take + chunks-free while loop, recursive diff with match on node pairs
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
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

enum Node<D> {
    Leaf { digest: D, index: usize },
    Inner { digest: D, left: Box<Node<D>>, right: Box<Node<D>> },
}

impl<D: Copy> Node<D> {
    fn digest(&self) -> D {
        match self {
            Node::Leaf { digest, .. } | Node::Inner { digest, .. } => *digest,
        }
    }
}

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    top: Option<Box<Node<H::Digest>>>,
    count: usize,
    _hasher: PhantomData<H>,
}

fn push_index(out: &mut Vec<Range<usize>>, index: usize) {
    match out.last_mut() {
        Some(last) if last.end == index => last.end = index + 1,
        _ => out.push(index..index + 1),
    }
}

fn walk<D: Copy + Eq>(a: &Node<D>, b: &Node<D>, out: &mut Vec<Range<usize>>) {
    if a.digest() == b.digest() {
        return;
    }
    match (a, b) {
        (Node::Leaf { index, .. }, Node::Leaf { .. }) => push_index(out, *index),
        (
            Node::Inner { left: al, right: ar, .. },
            Node::Inner { left: bl, right: br, .. },
        ) => {
            walk(al, bl, out);
            walk(ar, br, out);
        }
        _ => unreachable!("trees of equal length have the same shape"),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut level: Vec<Box<Node<H::Digest>>> = blocks
            .iter()
            .enumerate()
            .map(|(index, b)| Box::new(Node::Leaf { digest: H::leaf(b), index }))
            .collect();
        while level.len() > 1 {
            let below = std::mem::take(&mut level);
            let mut it = below.into_iter();
            while let Some(left) = it.next() {
                let up = match it.next() {
                    Some(right) => {
                        let digest = H::node(left.digest(), right.digest());
                        Box::new(Node::Inner { digest, left, right })
                    }
                    None => left,
                };
                level.push(up);
            }
        }
        MerkleTree { top: level.pop(), count: blocks.len(), _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.top.as_ref().map(|n| n.digest())
    }

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal (adjacent differing blocks form one
    /// range). Panics, with a message that mentions "length", if the trees
    /// have different numbers of blocks.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.count, other.count, "trees differ in length");
        let mut out = Vec::new();
        if let (Some(a), Some(b)) = (&self.top, &other.top) {
            walk(a, b, &mut out);
        }
        out
    }
}
