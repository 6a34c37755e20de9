/** Loads the built-in commands (each module registers its own). Import once, from App. */
import './navigation';
import './annotation';
import './overlays';
import './corrections';
