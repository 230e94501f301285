// learner: slow
// idiom: logo teacher: Lisp/Logo-style first_child + next_sibling chain; add_child walks the sibling chain to append at the end
// why: misses add_child O(1): appending walks every existing sibling, O(k) per call for k children, O(k^2) to build a wide node
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    // The node above us (does not own it).
    up: Weak<RefCell<Node<T>>>,
    // The first of our children (owned).
    first_child: Option<NodeRef<T>>,
    // The next child of OUR parent, after us (owned by us, like a Logo list's BUTFIRST).
    next_sibling: Option<NodeRef<T>>,
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), first_child: None, next_sibling: None }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let new_child = Rc::new(RefCell::new(Node {
        value,
        up: Rc::downgrade(parent),
        first_child: None,
        next_sibling: None,
    }));
    // No children yet? The new one becomes the first child.
    let first = parent.borrow().first_child.clone();
    let Some(mut walker) = first else {
        parent.borrow_mut().first_child = Some(new_child.clone());
        return new_child;
    };
    // Otherwise walk along the siblings to the last one...
    loop {
        let next = walker.borrow().next_sibling.clone();
        match next {
            Some(sibling) => walker = sibling,
            None => break,
        }
    }
    // ...and hang the new child after it.
    walker.borrow_mut().next_sibling = Some(new_child.clone());
    new_child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut all_children = Vec::new();
    let mut walker = node.borrow().first_child.clone();
    while let Some(child) = walker {
        walker = child.borrow().next_sibling.clone();
        all_children.push(child);
    }
    all_children
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut going_up = Vec::new();
    let mut here = Some(node.clone());
    while let Some(current) = here {
        going_up.push(current.borrow().value.clone());
        here = parent(&current);
    }
    going_up.reverse();
    going_up
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Both chains (down to the first child, along to the next sibling)
        // would recurse; we pour them into one pile instead.
        let mut pile: Vec<NodeRef<T>> = Vec::new();
        pile.extend(self.first_child.take());
        pile.extend(self.next_sibling.take());
        while let Some(handle) = pile.pop() {
            if let Ok(cell) = Rc::try_unwrap(handle) {
                let mut dying = cell.into_inner();
                pile.extend(dying.first_child.take());
                pile.extend(dying.next_sibling.take());
            }
        }
    }
}
