package io.thoisu.entity;
import io.thoisu.model.*;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
class ScratchTest {
    @Test void run() throws Exception {
        for (String f : List.of("000_215848963ab2a465.txt","002_09dc01be7d0b9e27.txt")) {
            String text = Files.readString(Path.of("/work/shared/seeds/"+f));
            List<Sentence> ss = TestSentences.split(text);
            for (EntityMention m : new EntityRecognizer().recognize(text, ss)) System.out.println(m.type()+"\t"+m.text()+"\t→ "+m.canonical());
        }
    }
}
