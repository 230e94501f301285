// learner: optimal
// idiom: ObjC-style (dispatch_once flavour): AtomicPtr to a boxed instance published with Release, a Mutex guarding creation, verbose helper methods and explicit null checks, Drop frees the box
//! One-time initialisation that is safe under many threads.

use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    sharedInstancePointer: AtomicPtr<T>,
    creationLock: Mutex<()>,
}

// SAFETY: the pointer is set exactly once (under `creationLock`, from null to a leaked Box) and
// the pointee is only read through `&T` afterwards; it is freed in Drop / into_inner, which have
// exclusive access. Readers synchronise with the Release store through an Acquire load.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

#[allow(non_snake_case)]
impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { sharedInstancePointer: AtomicPtr::new(ptr::null_mut()), creationLock: Mutex::new(()) }
    }

    fn loadPublishedPointer(&self) -> *mut T {
        self.sharedInstancePointer.load(Ordering::Acquire)
    }

    fn referenceFromPointer(&self, instancePointer: *mut T) -> Option<&T> {
        if instancePointer.is_null() {
            return None;
        }
        // SAFETY: non-null means a live Box published once and never freed while &self lives.
        Some(unsafe { &*instancePointer })
    }

    fn publishNewInstance(&self, newInstance: T) -> *mut T {
        let rawInstancePointer = Box::into_raw(Box::new(newInstance));
        self.sharedInstancePointer.store(rawInstancePointer, Ordering::Release);
        rawInstancePointer
    }

    pub fn get(&self) -> Option<&T> {
        let currentPointer = self.loadPublishedPointer();
        self.referenceFromPointer(currentPointer)
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let fastPathPointer = self.loadPublishedPointer();
        if !fastPathPointer.is_null() {
            return self.referenceFromPointer(fastPathPointer).unwrap();
        }
        let _creationGuard = self.creationLock.lock().unwrap_or_else(PoisonError::into_inner);
        let pointerAfterLocking = self.loadPublishedPointer();
        if !pointerAfterLocking.is_null() {
            return self.referenceFromPointer(pointerAfterLocking).unwrap();
        }
        let freshlyCreatedInstance = init();
        let publishedPointer = self.publishNewInstance(freshlyCreatedInstance);
        self.referenceFromPointer(publishedPointer).unwrap()
    }

    fn takeOwnershipOfInstance(&mut self) -> Option<T> {
        let ownedPointer = std::mem::replace(self.sharedInstancePointer.get_mut(), ptr::null_mut());
        if ownedPointer.is_null() {
            return None;
        }
        // SAFETY: the pointer came from Box::into_raw and we have exclusive access.
        Some(*unsafe { Box::from_raw(ownedPointer) })
    }

    pub fn into_inner(mut self) -> Option<T> {
        self.takeOwnershipOfInstance()
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        drop(self.takeOwnershipOfInstance());
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

#[allow(non_snake_case)]
impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    fn takeStoredInitialiser(this: &Self) -> Option<F> {
        let mut initialiserSlot = this.init.lock().unwrap_or_else(PoisonError::into_inner);
        initialiserSlot.take()
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| match Self::takeStoredInitialiser(this) {
            Some(initialiser) => initialiser(),
            None => panic!("Lazy instance has been poisoned: its initialiser panicked earlier"),
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
